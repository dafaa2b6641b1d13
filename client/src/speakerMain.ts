// Wiring of the speaker view (`?walk=…&step=…&speaker=1`), which main.ts starts instead of the explorer.
import type { Api } from './api/createApi.js';
import { createSpeakerSession } from './app/speakerSession.js';
import type { Lang } from './state/ViewState.js';
import { createSpeakerView } from './views/speakerView.js';
import { createWalkChannel } from './views/walkChannel.js';

export function startSpeakerView(api: Api, storedLang: Lang | null): void {
  const channel = createWalkChannel((signal) => session.follow(signal));
  const view = createSpeakerView({ move: (move) => session.move(move), toggleLang: () => session.toggleLang() });
  const session = createSpeakerSession({
    api,
    query: location.search.slice(1),
    storedLang,
    writeQuery: (query) => history.replaceState(null, '', `${location.pathname}?${query}`),
    render: (model) => view.render(model),
    announce: (signal) => channel.announce(signal),
  });
  void session.start();
}
