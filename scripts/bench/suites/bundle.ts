/** First-load JavaScript of the app against a bare React + ReactDOM build from the same run. */
import { gzipSize, initialScripts, type Suite } from '../context.ts';

const suite: Suite = {
  name: 'bundle',
  run(ctx) {
    const app = gzipSize(initialScripts(ctx.appDir));
    const floor = gzipSize(initialScripts(ctx.floorDir));
    return Promise.resolve([
      {
        id: 'initial-js-gzip',
        label: 'Initial JS (gzip), home page',
        value: app,
        unit: 'B',
        floor: { label: 'bare React + ReactDOM (gzip)', value: floor },
        budget: { max: 2.0, on: 'ratio' },
      },
    ]);
  },
};
export default suite;
