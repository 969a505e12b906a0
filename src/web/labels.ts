/**
 * Node labels that never overlap. Sigma picks label candidates with a grid, which knows nothing of
 * label widths, and Chinese labels are wide: neighbouring cells still pile into one unreadable
 * block. So the label drawer only queues sigma's candidates, and after each frame they are placed
 * greedily, selected nodes first, then the selection's neighbours, then large nodes, each right,
 * left, above, below or at a corner of its node, skipping a label that would touch one already drawn everywhere.
 */
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../core/graph-schema.js';
import type { Renderer } from './renderer.js';

type Settings = SigmaSettings<NodeAttributes, EdgeAttributes, GraphAttributes>;
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

interface Candidate {
  label: string;
  x: number;
  y: number;
  size: number;
  /** 2 for the selection (drawn as a card on top), 1 for its neighbours, 0 for the rest. */
  rank: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Candidates per labels canvas: the PNG export's twin renderer has its own. */
const queues = new WeakMap<CanvasRenderingContext2D, Candidate[]>();
/** Breathing room around each label, in pixels. */
const GAP = 3;
/** Horizontal padding inside the selection's label card. */
const CARD_PADDING = 5;

function font(settings: Settings, bold: boolean): string {
  return `${bold ? '700' : settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

export function queueLabel(context: CanvasRenderingContext2D, data: LabelData): void {
  if (!data.label) return;
  const queue = queues.get(context) ?? [];
  queues.set(context, queue);
  const rank = data.highlighted === true ? 2 : data.forceLabel === true ? 1 : 0;
  queue.push({ label: data.label, x: data.x, y: data.y, size: data.size, rank });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Right of the node, unless that runs off the canvas: then left of it, and never cut by either edge. */
function labelLeft(x: number, size: number, width: number, viewWidth: number): number {
  const left = x + size + 3 + width > viewWidth ? x - size - 3 - width : x + size + 3;
  return Math.max(2, Math.min(left, viewWidth - width - 2));
}

/** The labels drawn in the last frame of each labels canvas, in drawing order (read by `drawnLabels`). */
const drawn = new WeakMap<CanvasRenderingContext2D, string[]>();

function placeQueued(context: CanvasRenderingContext2D, settings: Settings, viewWidth: number): void {
  const queue = queues.get(context);
  if (!queue) return;
  const labels: string[] = [];
  drawn.set(context, labels);
  queue.sort((a, b) => b.rank - a.rank || b.size - a.size);
  context.font = font(settings, false);
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255,255,255,0.92)';
  context.fillStyle = '#1f2328';
  const placed: Box[] = [];
  const half = settings.labelSize / 2;
  for (const { label, x, y, size, rank } of queue) {
    // The selection's label is drawn later as a bold card (drawHover): reserve the card's room.
    const card = rank === 2;
    if (card) context.font = font(settings, true);
    const width = context.measureText(label).width + (card ? CARD_PADDING * 2 : 0);
    if (card) context.font = font(settings, false);
    // Right of the node first; a label that would touch another tries the left, above and below
    // (the card stays where drawHover puts it).
    const clamp = (left: number) => Math.max(2, Math.min(left, viewWidth - width - 2));
    const spots = [{ left: labelLeft(x, size, width, viewWidth), y }];
    if (!card) {
      const [right, left, rise] = [clamp(x + size + 3), clamp(x - size - 3 - width), size + half + 2];
      // Then the four corners: in a dense ego network the sides are often taken, the corners not.
      spots.push({ left, y }, { left: clamp(x - width / 2), y: y - rise }, { left: clamp(x - width / 2), y: y + rise });
      spots.push({ left: right, y: y - rise }, { left: right, y: y + rise }, { left, y: y - rise }, { left, y: y + rise });
      // …and one row further out above and below, still close enough to read as the node's.
      spots.push({ left: clamp(x - width / 2), y: y - rise - 2 * half - GAP }, { left: clamp(x - width / 2), y: y + rise + 2 * half + GAP });
    }
    const spot = spots.map((candidate) => ({ ...candidate, box: { left: candidate.left - GAP, top: candidate.y - half - GAP, right: candidate.left + width + GAP, bottom: candidate.y + half + GAP } }))
      .find((candidate) => !placed.some((other) => overlaps(candidate.box, other)));
    if (!spot) continue;
    placed.push(spot.box);
    labels.push(label);
    if (card) continue;
    // A white halo: dense Han glyphs otherwise blur into the edges behind them.
    context.strokeText(label, spot.left, spot.y + settings.labelSize / 3);
    context.fillText(label, spot.left, spot.y + settings.labelSize / 3);
  }
  queue.length = 0;
}

/** Draws the queued labels after each frame of `renderer`, including the frame already drawn. */
export function placeLabels(renderer: Renderer): void {
  const context = renderer.getCanvases().labels?.getContext('2d');
  if (!context) return;
  renderer.on('beforeRender', () => { queues.get(context)?.splice(0); });
  const place = () => { placeQueued(context, renderer.getSettings(), renderer.getDimensions().width); };
  renderer.on('afterRender', place);
  place();
}

/** The labels `renderer` drew in its last frame, the selection's card included. */
export function drawnLabels(renderer: Renderer): string[] {
  const context = renderer.getCanvases().labels?.getContext('2d');
  return (context && drawn.get(context)) ?? [];
}

/**
 * Hovered and selected nodes: a ring around the node and the label in bold on a white card, drawn
 * on sigma's hover layer above every plain label.
 */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(0,0,0,0.35)';
  context.shadowBlur = 6;
  context.fill();
  context.shadowBlur = 0;
  if (!data.label) return;
  context.font = font(settings, true);
  const width = context.measureText(data.label).width;
  const height = settings.labelSize + 8;
  const x = labelLeft(data.x, data.size, width + CARD_PADDING * 2, context.canvas.clientWidth);
  context.beginPath();
  context.roundRect(x, data.y - height / 2, width + CARD_PADDING * 2, height, 4);
  context.shadowBlur = 6;
  context.fill();
  context.shadowBlur = 0;
  context.fillStyle = '#111418';
  context.fillText(data.label, x + CARD_PADDING, data.y + settings.labelSize / 3);
}
