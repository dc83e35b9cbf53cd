// Text a person could have typed: Postgres refuses NUL in text and jsonb, and a lone surrogate is
// not Unicode at all; other control characters (but tab and line breaks) have no place in a form.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function isCleanText(value: string): boolean {
  return !CONTROL.test(value) && value.isWellFormed();
}
