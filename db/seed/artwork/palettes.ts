// Named light conditions a seed photo can be drawn in; the catalogue data picks one per photo.
export type Palette = {
  /** sky from the top of the frame down to the horizon */
  sky: string[];
  sun: string;
  glow: string;
  cloud: string;
  /** water from the horizon down to the bottom of the frame */
  sea: string[];
  foam: string;
  /** sand lit and in shadow, and the land seen against the light */
  sand: [lit: string, shade: string];
  land: string;
  grass: string;
};

export const palettes = {
  golden: {
    sky: ["#2b3a67", "#7a5c8e", "#e58b6d", "#f7c873", "#fde6a8"],
    sun: "#fff1c1",
    glow: "#ffd27a",
    cloud: "#b8687a",
    sea: ["#e9a86d", "#8a5a6e", "#2e3550"],
    foam: "#ffe9c9",
    sand: ["#e2b784", "#7d5a55"],
    land: "#2a2233",
    grass: "#4a3b2c",
  },
  ember: {
    sky: ["#1d1b3a", "#5b2a4f", "#c2413b", "#f0813f", "#ffc35c"],
    sun: "#ffe7a3",
    glow: "#ff8a3d",
    cloud: "#6e2c45",
    sea: ["#e0703a", "#6b2d3f", "#1b1a30"],
    foam: "#ffc9a0",
    sand: ["#c9825a", "#4e2e38"],
    land: "#1a1424",
    grass: "#2f2126",
  },
  rose: {
    sky: ["#3b4a7a", "#8d79a8", "#e7a3b1", "#f8cdb8", "#fde8d2"],
    sun: "#fff6e8",
    glow: "#ffc7b8",
    cloud: "#c98aa3",
    sea: ["#e8b4b4", "#8b7ea3", "#3c4466"],
    foam: "#fff0ea",
    sand: ["#edc9b4", "#8f7388"],
    land: "#3a324a",
    grass: "#5c4d52",
  },
  twilight: {
    sky: ["#0f1a3a", "#2d3571", "#6a4b8e", "#c56f8a", "#f3a683"],
    sun: "#ffd8b0",
    glow: "#e27d8e",
    cloud: "#4b3a6b",
    sea: ["#b9708a", "#3a3a6e", "#10162e"],
    foam: "#f6c6c0",
    sand: ["#a77b8a", "#3a2f4f"],
    land: "#120f22",
    grass: "#1f1a2e",
  },
  morning: {
    sky: ["#6f9cc9", "#a9c8e2", "#dce8ee", "#f6eadb", "#fbf1e4"],
    sun: "#fffaf0",
    glow: "#fff0d6",
    cloud: "#ffffff",
    sea: ["#9fc3d3", "#4d86a3", "#1f4d6b"],
    foam: "#ffffff",
    sand: ["#eedcbf", "#b59b7e"],
    land: "#5d6f76",
    grass: "#7d8a4f",
  },
  slate: {
    sky: ["#4a5663", "#6e7b88", "#97a3ad", "#c2c8cc", "#d9dbd8"],
    sun: "#f4f1e8",
    glow: "#e9e6dc",
    cloud: "#5d6873",
    sea: ["#8d9aa1", "#4a5b66", "#1f2c36"],
    foam: "#eef2f2",
    sand: ["#bfb6a6", "#6f6a63"],
    land: "#3a4249",
    grass: "#6b6a4c",
  },
  teal: {
    sky: ["#3d7ea6", "#7fb3cf", "#bfdde6", "#e6f1ef", "#f4f6ee"],
    sun: "#ffffff",
    glow: "#f6f7e8",
    cloud: "#f7fbfb",
    sea: ["#6fc1c0", "#1f8a95", "#0b4a5e"],
    foam: "#ffffff",
    sand: ["#f0e0c2", "#b8a07c"],
    land: "#4a6b6e",
    grass: "#82904e",
  },
  haze: {
    sky: ["#c3ccd3", "#d8dcdd", "#e8e5df", "#efe9df", "#f3eee6"],
    sun: "#fffdf7",
    glow: "#fbf4e6",
    cloud: "#ffffff",
    sea: ["#c7cfd0", "#8a9ca3", "#52666f"],
    foam: "#ffffff",
    sand: ["#e6d8c0", "#a8977f"],
    land: "#9aa3a5",
    grass: "#8d8a62",
  },
} satisfies Record<string, Palette>;

export type PaletteName = keyof typeof palettes;
