/**
 * Remembers a pure function of a text. After a keystroke the editor reads every unchanged sentence
 * again, and each is the very same string as last time, so finding its answer in a map costs far less
 * than running long patterns over it again. The memory is bounded: past `limit` texts it starts afresh.
 */
export function memoizeText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  let answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    if (answers.size >= limit) answers = new Map();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}
