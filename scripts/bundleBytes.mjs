// Where the bytes of the shipped main.js come from, for `node scripts/build-plugin.mjs production
// --analyse`. esbuild's metafile counts its first pass; the release build minifies that output a
// second time (scripts/build-plugin.mjs says why), which drops about 10 KB more, nearly all of it
// Svelte's. Here each byte of the final file is followed through the second pass's source map to
// the first pass, then through the first pass's map to the file it came from, and counted once.

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A source map's `mappings`, decoded: per generated line, [column, source, line, column]. */
function decode(mappings) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const text of mappings.split(";")) {
    const segments = [];
    let column = 0;
    for (const segment of text.split(",")) {
      if (segment === "") continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length < 4) {
        segments.push([column, -1, 0, 0]);
        continue;
      }
      source += fields[1];
      sourceLine += fields[2];
      sourceColumn += fields[3];
      segments.push([column, source, sourceLine, sourceColumn]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The last segment of `segments` that starts at or before `column`, or null. */
function segmentAt(segments, column) {
  let low = 0;
  let high = segments.length - 1;
  let found = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle][0] <= column) {
      found = segments[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The bytes (UTF-16 code units; main.js is ASCII) of `code` by the source they came from, and the
 * text of each, for gzip. `secondMap` maps `code` to the first pass's output, `firstMap` that
 * output to the sources; bytes neither maps (esbuild's module glue) count as "(glue)".
 * @returns {Map<string, string[]>}
 */
export function textBySource(code, secondMap, firstMap) {
  const second = decode(secondMap.mappings);
  const first = decode(firstMap.mappings);
  const bySource = new Map();
  const add = (source, text) => {
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(text);
  };
  const codeLines = code.split("\n");
  codeLines.forEach((line, index) => {
    const segments = second[index] ?? [];
    if (segments.length === 0 || segments[0][0] > 0) {
      add("(glue)", line.slice(0, segments[0]?.[0] ?? line.length));
    }
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const last = i + 1 === segments.length && index + 1 < codeLines.length;
      const text = line.slice(segment[0], end) + (last ? "\n" : "");
      const back = segment[1] === -1 ? null : segmentAt(first[segment[2]] ?? [], segment[3]);
      add(back === null || back[1] === -1 ? "(glue)" : firstMap.sources[back[1]], text);
    });
    if (segments.length === 0 && index + 1 < codeLines.length) add("(glue)", "\n");
  });
  return bySource;
}
