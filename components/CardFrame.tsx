import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface CardFrameProps {
  anchor: { left: number; top: number; right: number; bottom: number };
  children: ComponentChildren;
  onPointerEnter?: () => void;
  pinned?: boolean;
}

// gap between the mention and the card
const GAP = 8;
// the card never touches the viewport edge
const MARGIN = 8;

/** Places its child below the anchor, or above when there is no room, always inside the viewport. */
export function CardFrame({ anchor, children, onPointerEnter, pinned }: CardFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number; placement: 'below' | 'above' } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const below = anchor.bottom + GAP;
    const above = anchor.top - GAP - h;
    const fitsBelow = below + h <= vh - MARGIN;
    const top = fitsBelow || above < MARGIN ? Math.min(below, Math.max(MARGIN, vh - MARGIN - h)) : above;
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - MARGIN - w));
    setPos({ left, top, placement: fitsBelow || above < MARGIN ? 'below' : 'above' });
  }, [anchor.left, anchor.top, anchor.right, anchor.bottom]);
  return (
    <div
      ref={ref}
      class="tanys-frame"
      data-placement={pos?.placement ?? 'measuring'}
      aria-live={pinned ? 'polite' : undefined}
      onPointerEnter={onPointerEnter}
      style={{ position: 'fixed', left: `${pos?.left ?? 0}px`, top: `${pos?.top ?? 0}px`, visibility: pos ? 'visible' : 'hidden', zIndex: 2147483647 }}
    >
      {children}
    </div>
  );
}
