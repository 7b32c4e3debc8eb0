/**
 * The server's side of countWordsRequest: prose words in the selected parts of
 * a document, counted by the engine exactly as the letter's total is.
 * Params come from the client as they are: anything but a URI and a list of
 * ranges is answered with an InvalidParams error that says what is wrong.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { CountWordsParams } from '../../../shared/src/protocol';
import { countProseWords } from '../engine';
import { formatForLanguageId } from '../lsp/format';
import { describeValue, isPlainObject } from '../util/values';

/** More selections than any editor makes; a longer list is refused rather than counted. */
export const MAX_COUNT_WORDS_RANGES = 10_000;

export function countSelectedWords(params: CountWordsParams, documents: { get(uri: string): TextDocument | undefined }): number {
  checkParams(params);
  const document = documents.get(params.uri);
  if (document === undefined) return 0;
  const format = formatForLanguageId(document.languageId);
  let words = 0;
  for (const range of params.ranges) {
    const text = document.getText(range);
    if (text.trim() !== '') words += countProseWords(text, format);
  }
  return words;
}

function checkParams(params: unknown): asserts params is CountWordsParams {
  const invalid = (message: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, `coverLetter/countWords: ${message}`);
  if (!isPlainObject(params)) throw invalid(`expected { uri, ranges }, got ${describeValue(params)}`);
  if (typeof params.uri !== 'string') throw invalid(`uri must be a string, got ${describeValue(params.uri)}`);
  if (!Array.isArray(params.ranges)) throw invalid(`ranges must be an array of ranges, got ${describeValue(params.ranges)}`);
  if (params.ranges.length > MAX_COUNT_WORDS_RANGES) throw invalid(`at most ${MAX_COUNT_WORDS_RANGES} ranges, got ${params.ranges.length}`);
  params.ranges.forEach((range: unknown, index) => {
    if (!isRange(range))
      throw invalid(`ranges[${index}] must be a range { start, end } of positions { line, character }, got ${describeValue(range)}`);
  });
}

function isRange(value: unknown): value is Range {
  return isPlainObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isPlainObject(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
