import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const r = await build({ configFile: false, logLevel: 'silent', build: { write: false, target: 'es2022', minify: true, lib: { entry: process.argv[2], formats: ['es'], fileName: 'b' }, rolldownOptions: { output: { minify: true } } } });
const out = (Array.isArray(r) ? r[0] : r).output;
const rows = [];
for (const c of out) if (c.type === 'chunk') for (const [id, m] of Object.entries(c.modules)) rows.push([m.renderedLength, id.replace(process.cwd(), '')]);
rows.sort((a, b) => b[0] - a[0]);
let byPkg = {};
for (const [n, id] of rows) { const k = id.includes('node_modules') ? id.split('node_modules/')[1].split('/').slice(0, id.includes('/@') ? 2 : 1).join('/') : id.split('/').slice(0, 4).join('/'); byPkg[k] = (byPkg[k] || 0) + n; }
console.log(Object.entries(byPkg).sort((a, b) => b[1] - a[1]).slice(0, 25));
console.log(rows.slice(0, 30).map(r => r.join(' ')).join('\n'));
