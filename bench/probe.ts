import { startGateway } from '../test/helpers/gateway.js';
import { startRecordingUpstream } from '../test/helpers/recording-upstream.js';
const up = await startRecordingUpstream();
const g = await startGateway(up.url, {});
for (const body of ['{"resultList":[null]}', '{"resultList":"x"}', '{"resultList":[{"name":5}]}', '{"resultList":[{"name":"a","environments":5}]}', '{"resultList":[{"name":"a","environments":[null]}]}','{"resultList":[{"name":"a","kid":"k","type":"RSA","material":5}]}']) {
  for (const q of ['{ jwks(projectName:"p") { name material } }', '{ certificates(projectName:"p") { name environments { issuer } } }', '{ keystores(projectName:"p") { name environments { environmentName } } }']) {
    up.answer({ status: 200, contentType: 'application/json', body }, { status: 200, contentType: 'application/json', body });
    const r = await g.post(q);
    if (JSON.stringify(r).includes('INTERNAL')) console.log(body, q, JSON.stringify(r).slice(0, 300));
  }
}
await g.close(); await up.close();
