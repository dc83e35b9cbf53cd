// Touch and mouse gestures on the wall editor, at the screen points the scene puts its prints:
// the draft the editor saved is read back (mockups.get) and mapped through the same geometry the
// editor draws with, so a gesture lands on the print whatever the layout.
import type { Page } from "playwright-core";
import { rectInPhoto, wallPlaneOfSize, type MockupScene, type Point } from "../app/shared/wall";

type Draft = { scene: MockupScene; wallImage: { width: number; height: number } };

async function savedDraft(page: Page): Promise<Draft> {
  const id = new URL(page.url()).searchParams.get("mockup");
  if (!id) throw new Error("the editor has not saved its draft yet");
  return page.evaluate(async (draftId) => {
    const response = await fetch(`/api/trpc/mockups.get?input=${encodeURIComponent(JSON.stringify({ id: draftId }))}`);
    return (await response.json()).result.data;
  }, id);
}

/** The four screen corners of a print on the wall canvas, in CSS pixels of the page. */
export async function printCornersOnScreen(page: Page, printId: string): Promise<Point[]> {
  const { scene, wallImage } = await savedDraft(page);
  const print = scene.prints.find((p) => p.id === printId);
  if (!print) throw new Error(`no print ${printId} in the draft`);
  const plane = wallPlaneOfSize(scene.corners, scene.widthIn, scene.heightIn);
  const box = (await page.locator("canvas").first().boundingBox())!;
  const scale = box.width / wallImage.width;
  return rectInPhoto(plane, print).map((p) => ({ x: box.x + p.x * scale, y: box.y + p.y * scale }));
}

export const centreOf = (points: Point[]): Point => ({ x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length });

const STEPS = 12;

/** Two fingers on `centre`, moved from `from` px apart to `to` px apart, as a real pinch. */
export async function pinch(page: Page, centre: Point, from: number, to: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [
    { x: centre.x - gap / 2, y: centre.y, id: 0 },
    { x: centre.x + gap / 2, y: centre.y, id: 1 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(from) });
  for (let i = 1; i <= STEPS; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(from + ((to - from) * i) / STEPS) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** One finger dragged from `from` to `to`. */
export async function touchDrag(page: Page, from: Point, to: Point): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t, id: 0 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= STEPS; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i / STEPS) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** The mouse pressed at `from`, moved to `to` in small steps, released. */
export async function mouseDrag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: STEPS });
  await page.mouse.up();
}
