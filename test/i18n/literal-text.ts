/**
 * The static half of the string-table check: reads the elements' sources with the TypeScript
 * compiler API and reports every user-visible text written into an `html`/`svg` template instead
 * of coming from `t(key)`. Runs in the browser: the sources and the compiler are fetched from the
 * test server, which serves the repository.
 */
import type * as TS from 'typescript';

/** A text a user would see (or hear) that does not come from a string table. */
export interface Finding {
  /** Repository path, e.g. `src/components/payment-run-status/views.ts`. */
  file: string;
  /** 1-based line of the text in the file. */
  line: number;
  /** Where it shows: `text`, or the attribute (`aria-label`, …). */
  where: string;
  text: string;
}

/** Attributes whose value a user sees or a screen reader speaks. */
export const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
]);

/**
 * Text with a letter in it is language. Punctuation and symbols (`·`, `—`, `×`, `%`, `:`,
 * `••••`, parentheses) carry no language, so they need no allow-list of their own.
 */
export const hasLetters = (text: string) => /\p{L}/u.test(text);

let compiler: Promise<typeof TS> | undefined;

/** The TypeScript compiler, evaluated from its CommonJS file (the test server has no CJS). */
export function loadTypeScript(): Promise<typeof TS> {
  compiler ??= fetch('/node_modules/typescript/lib/typescript.js')
    .then((response) => response.text())
    .then((source) => {
      const module = { exports: {} as typeof TS };
      // The compiler is one CommonJS file; it needs nothing from `require` to parse.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const load = new Function('module', 'exports', 'require', source) as (
        ...args: unknown[]
      ) => void;
      load(module, module.exports, () => ({}));
      return module.exports;
    });
  return compiler;
}

/**
 * Every `.ts` file under `src/components/` that the entry module reaches through its imports
 * (static, `import type` and dynamic `import()`), so files added by a refactor are checked without
 * a list to keep up to date.
 */
export async function componentSources(ts: typeof TS, entry: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift()!;
    if (sources.has(path)) continue;
    const response = await fetch(`/${path}`);
    if (!response.ok) throw new Error(`Could not read ${path} (${response.status})`);
    const source = await response.text();
    sources.set(path, source);
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const url = new URL(fileName.replace(/\.js$/, '.ts'), `http://repo/${path}`);
      const next = url.pathname.slice(1);
      if (next.startsWith('src/components/') && !sources.has(next)) queue.push(next);
    }
  }
  if (!entry.startsWith('src/components/')) sources.delete(entry);
  return sources;
}

const decoder = document.createElement('textarea');
/** `&times;` → `×`, so an entity is judged by the character it stands for. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  decoder.innerHTML = text;
  return decoder.value;
}

/** Where the HTML scanner is when a `${…}` comes: text, inside a tag, or an attribute's value. */
type Context = { kind: 'text' } | { kind: 'tag' } | { kind: 'attribute'; name: string };

/**
 * Reports literal text in the static parts of every `html`/`svg` template of `source`, and string
 * literals bound straight into text or a spoken attribute (`${ok ? 'Yes' : 'No'}`).
 */
export function literalTexts(ts: typeof TS, file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const report = (position: number, where: string, text: string) => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (!hasLetters(clean)) return;
    const line = sourceFile.getLineAndCharacterOfPosition(position).line + 1;
    findings.push({ file, line, where, text: clean });
  };

  /** String literals an expression can evaluate to directly (not through a call such as `t()`). */
  const literalsOf = (node: TS.Expression, where: string) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      report(node.getStart(), where, node.text);
    } else if (ts.isTemplateExpression(node)) {
      report(node.head.getStart(), where, node.head.text);
      for (const span of node.templateSpans)
        report(span.literal.getStart(), where, span.literal.text);
    } else if (ts.isConditionalExpression(node)) {
      literalsOf(node.whenTrue, where);
      literalsOf(node.whenFalse, where);
    } else if (ts.isBinaryExpression(node)) {
      literalsOf(node.left, where);
      literalsOf(node.right, where);
    } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
      literalsOf(node.expression, where);
    }
  };

  const checkTemplate = (template: TS.TemplateLiteral) => {
    const parts = ts.isNoSubstitutionTemplateLiteral(template)
      ? [{ node: template as TS.Node, raw: template.rawText ?? template.text }]
      : [
          { node: template.head as TS.Node, raw: template.head.rawText ?? template.head.text },
          ...template.templateSpans.map((s) => ({
            node: s.literal,
            raw: s.literal.rawText ?? s.literal.text,
          })),
        ];
    const spans = ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans;
    const scanner = new HtmlScanner((offsetPart, offset, where, text) =>
      report(parts[offsetPart].node.getStart() + 1 + offset, where, text),
    );
    parts.forEach((part, index) => {
      scanner.scan(index, part.raw);
      const span = spans[index];
      if (!span) return;
      const context = scanner.bindingContext();
      if (context.kind === 'text') literalsOf(span.expression, 'text');
      if (context.kind === 'attribute' && SPOKEN_ATTRIBUTES.has(context.name)) {
        literalsOf(span.expression, context.name);
      }
    });
    scanner.end();
  };

  const visit = (node: TS.Node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'svg')
    ) {
      checkTemplate(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

type Report = (part: number, offset: number, where: string, text: string) => void;

/**
 * A small HTML tokenizer that keeps its state across a template's static parts, so it knows
 * whether each `${…}` sits in text, in a tag or in an attribute value. It reports text runs and
 * the static parts of spoken attributes' values.
 */
class HtmlScanner {
  #state: 'text' | 'comment' | 'tag' | 'name' | 'afterName' | 'value' = 'text';
  #quote = '';
  #attribute = '';
  #buffer = '';
  #start = { part: 0, offset: 0 };
  readonly #report: Report;

  constructor(report: Report) {
    this.#report = report;
  }

  bindingContext(): Context {
    if (this.#state === 'text') {
      this.#flush('text');
      return { kind: 'text' };
    }
    if (this.#state === 'value' || this.#state === 'afterName') {
      // `${…}` ends a quoted value's static run, or is the whole of an unquoted value.
      this.#flushValue();
      if (this.#state === 'afterName') this.#state = 'tag';
      return { kind: 'attribute', name: this.#attribute };
    }
    return { kind: 'tag' };
  }

  scan(part: number, raw: string): void {
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      switch (this.#state) {
        case 'text':
          if (c === '<' && raw.startsWith('!--', i + 1)) {
            this.#flush('text');
            this.#state = 'comment';
          } else if (c === '<' && /[a-zA-Z/]/.test(raw[i + 1] ?? '')) {
            this.#flush('text');
            this.#state = 'tag';
          } else this.#push(part, i, c);
          break;
        case 'comment':
          if (raw.startsWith('-->', i)) {
            this.#state = 'text';
            i += 2;
          }
          break;
        case 'tag':
          if (c === '>') this.#state = 'text';
          else if (/[^\s/"'=]/.test(c)) {
            this.#state = 'name';
            this.#attribute = c;
          }
          break;
        case 'name':
          if (c === '=') this.#state = 'afterName';
          else if (c === '>') this.#state = 'text';
          else if (/\s|\//.test(c)) this.#state = 'tag';
          else this.#attribute += c.toLowerCase();
          break;
        case 'afterName':
          this.#state = 'value';
          this.#quote = c === '"' || c === "'" ? c : '';
          if (!this.#quote) this.#push(part, i, c);
          break;
        case 'value':
          if (this.#quote ? c === this.#quote : /[\s>]/.test(c)) {
            this.#flushValue();
            this.#state = c === '>' ? 'text' : 'tag';
          } else this.#push(part, i, c);
          break;
      }
    }
  }

  end(): void {
    if (this.#state === 'text') this.#flush('text');
  }

  #push(part: number, offset: number, c: string) {
    if (!this.#buffer) this.#start = { part, offset };
    this.#buffer += c;
  }

  #flushValue() {
    if (SPOKEN_ATTRIBUTES.has(this.#attribute)) this.#flush(this.#attribute);
    this.#buffer = '';
  }

  #flush(where: string) {
    const leading = this.#buffer.length - this.#buffer.trimStart().length;
    if (this.#buffer.trim()) {
      this.#report(this.#start.part, this.#start.offset + leading, where, this.#buffer);
    }
    this.#buffer = '';
  }
}
