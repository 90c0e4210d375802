// Talks of the Tidewater JS day 2025. Edit this list, the site rebuilds itself.
import { people } from './people.js';

export const talks = [
  {
    title: 'Signals without a framework',
    speaker: 'Maren Holt',
    start: '2025-04-11T09:30',
    track: "main",
    abstract: `We build a tiny reactive core
      in forty lines, then break it on purpose.`,
  },
  {
    title: "Bundles on a diet",
    speaker: 'Teodor Varga',
    start: '2025-04-11T10:15',
    tags: ['performance', 'build'],
    slides: null,
  },
  {
    // the keynote moved to the afternoon
    title: `The browser is the runtime`,
    speaker: 'Ingrid Solberg',
    start: '2025-04-11T14:00',
    keynote: true,
    host: people.ingrid,
  },
  {
    title: 'Testing the untestable canvas',
    speaker: 'Rafael Oyelaran',
    start: '2025-04-11T15:00',
    ...extra,
  },
];

export default talks;
