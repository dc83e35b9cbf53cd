// The words the offline assistant knows for the catalogue's filters: colours and places shoppers
// name, and the words of a request that say nothing about which photo is meant.

/** Colour words, with the spelling the search is given (its tags and stories use these). */
export const colourWords: Record<string, string> = {
  red: "red", orange: "orange", amber: "amber", gold: "golden", golden: "golden", yellow: "golden",
  copper: "copper", pink: "pink", rose: "pink", lilac: "violet", violet: "violet", purple: "violet",
  blue: "blue", teal: "teal", turquoise: "teal", green: "green", grey: "grey", gray: "grey",
  silver: "grey", white: "white", black: "black",
};

/** Places, longest first so "cape cod" wins over "cod"; any capitalised name after "of/in/from" is taken too. */
export const knownPlaces = [
  "montauk point", "block island sound", "block island", "fire island", "cape cod", "long island",
  "fort pond bay", "ditch plains", "napeague", "amagansett", "sagaponack", "provincetown", "truro",
  "camp hero", "montauk", "new york", "massachusetts", "rhode island", "iceland",
];

export const materialWords: Record<string, "paper" | "canvas" | "metal"> = {
  paper: "paper", "fine-art": "paper", canvas: "canvas", metal: "metal", aluminium: "metal", aluminum: "metal",
};

export const orientationWords: Record<string, "landscape" | "portrait" | "square"> = {
  landscape: "landscape", horizontal: "landscape", wide: "landscape", panoramic: "landscape",
  portrait: "portrait", vertical: "portrait", tall: "portrait", upright: "portrait",
  square: "square",
};

/** Words of a request that are about asking, not about the photo: dropped from the search words. */
export const fillerWords = new Set([
  "a", "an", "the", "some", "any", "me", "my", "i", "i'd", "i'm", "you", "your", "we", "our", "us", "it", "its", "this", "that", "these", "those",
  "show", "find", "search", "see", "look", "looking", "browse", "want", "would", "like", "love", "need", "get", "give", "have", "has", "got", "do", "does",
  "can", "could", "please", "pls", "for", "of", "in", "on", "at", "from", "with", "and", "or", "to", "by", "is", "are", "be", "there", "what", "which", "who",
  "photo", "photos", "photograph", "photographs", "print", "prints", "picture", "pictures", "pic", "pics", "image", "images", "shot", "shots", "art", "artwork",
  "under", "below", "over", "above", "less", "more", "than", "cheaper", "between", "up", "max", "maximum", "min", "minimum", "around", "about", "budget",
  "dollars", "dollar", "usd", "bucks", "price", "priced", "cost", "costs", "something", "anything", "one", "ones", "kind", "sort", "type", "style", "made", "all",
  "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "also", "just", "really", "very", "nice", "beautiful", "pretty", "great", "good", "other", "taken",
  "orientation", "format", "material", "wall", "room", "home", "office", "bedroom", "living", "help", "decide", "offer", "sell", "carry", "available",
  "usually", "typically", "different", "standard", "kinds", "types", "options", "choose", "choice", "pick", "recommend", "suggest", "how", "where", "when",
  "instructions", "everything", "only", "now", "instead", "maybe", "what's", "whats", "i'll", "it's", "don't", "anymore", "more",
  "cheap", "cheapest", "affordable", "inexpensive", "expensive", "big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller", "smallest", "guide", "tips", "advice", "info", "information", "policy", "details", "tell", "know", "question",
]);

/** What the photos show: a sentence naming one of these is a search even without "show me". */
export const subjectWords = new Set([
  "sunset", "sunsets", "sunrise", "sunrises", "ocean", "sea", "seascape", "seascapes", "waves", "wave", "beach", "beaches", "dunes", "dune",
  "lighthouse", "lighthouses", "harbor", "harbour", "bay", "fog", "mist", "storm", "storms", "clouds", "winter", "summer", "autumn", "fall",
  "spring", "rocks", "boulders", "grass", "sand", "twilight", "dusk", "dawn", "morning", "evening", "night", "minimal", "minimalist", "calm",
  "moody", "dramatic", "boats", "water", "coast", "coastal", "sky", "reflection", "reflections", "landscapes", "seaside", "snow", "bluffs",
]);
