import { startGateway } from '../test/helpers/gateway.js';
import { startRecordingUpstream } from '../test/helpers/recording-upstream.js';
const up = await startRecordingUpstream();
const g = await startGateway(up.url, {});
const mb = (n: number) => (n / 1048576).toFixed(0);
const show = (label: string) => { const m = process.memoryUsage(); console.log(label, 'rss', mb(m.rss), 'heapTotal', mb(m.heapTotal), 'used', mb(m.heapUsed), 'ext', mb(m.external), 'ab', mb(m.arrayBuffers)); };
show('start');
for (let round = 0; round < 15; round++) {
  const aliases = Array.from({ length: 330_000 }, (_, i) => `a${round}_${i}: __typename`);
  await g.post(`{ ${aliases.join(' ')} }`);
}
show('after15');
(globalThis as any).gc?.(); await new Promise(r => setTimeout(r, 100)); (globalThis as any).gc?.();
show('after gc');
await g.close(); await up.close();
