import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const r = await build({ configFile: false, logLevel: 'silent', build: { write: false, target: 'es2022', minify: true, lib: { entry: process.argv[2], formats: ['es'], fileName: 'b' }, rolldownOptions: { output: { minify: true } } } });
const out = (Array.isArray(r) ? r[0] : r).output;
const chunks = new Map(out.map((o) => [o.fileName, o])); const seen = new Set(); let code = '';
const visit = (f) => { if (seen.has(f)) return; seen.add(f); const c = chunks.get(f); code += c.code; c.imports.forEach(visit); };
visit(out.find((o) => o.type === 'chunk' && o.isEntry).fileName);
console.log(process.argv[2], gzipSync(code, { level: 9 }).length, 'B gz', code.length, 'B min');
