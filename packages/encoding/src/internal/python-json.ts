/**
 * JSON text as Python's `json.dumps(obj)` writes it with its defaults (`separators=(", ", ": ")`,
 * `ensure_ascii=True`), for a value that came from `JSON.parse`. The Python encoder re-serialises a payload this
 * way in partial mode, and the bytes must match for the ciphertext, the compression threshold and the blob hash
 * to agree.
 *
 * Numbers follow what Python would hold after `json.loads` of JavaScript's `JSON.stringify` text: a token
 * without `.`/`e` is an `int` and keeps its digits; any other is a `float`, written as `repr(float)` does
 * (shortest round-trip digits, fixed notation for decimal exponents -4 to 15, else `1e-05` / `1e+16`).
 */
export function pythonJsonDumps(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join("");
}

function write(value: unknown, out: string[]): void {
  if (value === null) out.push("null");
  else if (typeof value === "string") out.push(quoteAscii(value));
  else if (typeof value === "number") out.push(pythonNumber(value));
  else if (typeof value === "boolean") out.push(value ? "true" : "false");
  else if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(", ");
      write(value[i], out);
    }
    out.push("]");
  } else if (typeof value === "object") {
    out.push("{");
    let first = true;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (!first) out.push(", ");
      first = false;
      out.push(quoteAscii(key), ": ");
      write(item, out);
    }
    out.push("}");
  } else {
    // JSON.parse never yields anything else.
    out.push("null");
  }
}

/** `repr()` of the Python value that `json.loads(JSON.stringify(n))` gives. */
export function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : n < 0 ? "-Infinity" : "NaN";
  const js = JSON.stringify(n);
  if (!/[.eE]/.test(js)) return js; // an int in Python: digits unchanged
  // A float: shortest round-trip digits (the same in both languages), Python's layout.
  const [mantissa, expText] = n.toExponential().split("e") as [string, string];
  const exponent = Number(expText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exponent >= -5 && exponent < 16) {
    // Python's repr switches to exponent form below 1e-4 and from 1e16 (float_repr_style 'short').
    if (exponent < -4) return sign + layoutExponent(digits, exponent);
    if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
    if (digits.length <= exponent + 1) return sign + digits + "0".repeat(exponent + 1 - digits.length) + ".0";
    return sign + digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
  }
  return sign + layoutExponent(digits, exponent);
}

function layoutExponent(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const abs = Math.abs(exponent);
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A JSON string with every character outside printable ASCII as `\uXXXX` (lowercase hex), as Python's. */
function quoteAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x20-\x21\x23-\x5b\x5d-\x7e]/.test(text)) return `"${text}"`;
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e && ch !== '"' && ch !== "\\") out += ch;
    else out += ESCAPES[ch] ?? `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return out + '"';
}
