const UNRESERVED = /[A-Za-z0-9_.~-]/;

/**
 * Percent-encodes as Python's `urllib.parse.quote(text, safe="")`: every UTF-8 byte except the unreserved
 * characters `A-Z a-z 0-9 _ . - ~` becomes `%XX` (uppercase hex). Unlike `encodeURIComponent`, it also
 * encodes `! ' ( ) *`.
 */
export function pythonQuote(text: string): string {
  let out = "";
  for (const ch of text) {
    if (UNRESERVED.test(ch)) out += ch;
    else
      for (const byte of new TextEncoder().encode(ch))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
