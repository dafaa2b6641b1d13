/**
 * The questions the README asks of the API, as the GraphiQL page opens them: one tab each.
 * The README shows these very texts (a test keeps the two equal and checks each against the
 * schema), so what a reader copies from there is what runs here.
 */
export interface ExampleQuery {
  /** The README's question, above its query. */
  question: string;
  query: string;
}

export const exampleQueries: readonly ExampleQuery[] = [
  {
    question: 'Which bureaus share a project, and what did each promise?',
    query: `query SharedProjects {
  sharedByBureaus(kinds: [PROJECT]) {
    entity { name nameEn }
    bureaus { name }
    pledges { text target unit comparator }
  }
}`,
  },
  {
    question: 'Which companies are courted, by whom, for which park or plaza?',
    query: `query CourtedCompanies {
  investmentTargets {
    enterprise { name nameEn }
    relations
    bureaus { name }
    destinations { name }
  }
}`,
  },
];
