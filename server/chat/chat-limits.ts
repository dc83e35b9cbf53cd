// How much one shopper may chat: 30 messages an hour per session and per client address, counted
// in Postgres so every web process draws from the same window (finding 6). A turn counts both in
// the same statement as its other checks (turn-checks.ts).
const HOUR = 60 * 60;
const tooMany = "You have sent a lot of messages this hour. Please wait a while and try again.";

export const CHAT_SESSION_LIMIT = { keyPrefix: "chat-session", points: 30, durationSeconds: HOUR, message: tooMany };
export const CHAT_CLIENT_LIMIT = { keyPrefix: "chat-client", points: 30, durationSeconds: HOUR, message: tooMany };
/** New conversations are rows: plenty for a shopper, a wall for a script. */
export const CHAT_START_LIMIT = { keyPrefix: "chat-start", points: 60, durationSeconds: HOUR, message: "That is a lot of new conversations. Please wait a while and try again." };
