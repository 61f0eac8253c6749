/**
 * The part of papaparse's API that src/shared uses: parsing a string in memory. Declared here
 * instead of installing @types/papaparse, whose `/// <reference types="node" />` (and DOM
 * `File`) would put Node's globals (Buffer, process) in scope of every layer that imports
 * src/shared, so a slip into Node in the pure core would typecheck.
 */
declare module 'papaparse' {
  namespace Papa {
    interface ParseError {
      type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
      code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
      message: string;
      /** Index of the record in `data` the error is in. */
      row?: number;
      index?: number;
    }
    interface ParseMeta {
      delimiter: string;
      linebreak: string;
      aborted: boolean;
      truncated: boolean;
      cursor: number;
      fields?: string[];
    }
    interface ParseResult<T> {
      data: T[];
      errors: ParseError[];
      meta: ParseMeta;
    }
    interface ParseConfig {
      delimiter?: string;
      newline?: '\r' | '\n' | '\r\n';
      quoteChar?: string;
      escapeChar?: string;
      header?: boolean;
      skipEmptyLines?: boolean | 'greedy';
      comments?: false | string;
      delimitersToGuess?: string[];
    }
    function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  }
  export default Papa;
}
