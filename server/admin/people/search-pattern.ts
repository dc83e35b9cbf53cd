// What the owner types into a back-office search box, as an ILIKE pattern that matches it anywhere:
// % and _ typed are meant literally, so they are escaped (backslash is ILIKE's default escape).
export function containsPattern(typed: string): string {
  return `%${typed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
