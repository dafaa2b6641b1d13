// `npm start` runs this first (prestart): the server's bundle, built from the current sources
// in about a second, so an edit is never served stale.
import { buildServer } from '../build/buildServer.js';

buildServer();
