// Styles of the card inside its shadow root: px units (pages set odd root font sizes), prefixed custom
// properties, inherited page styles reset, light and dark following the system.
export const CARD_CSS = `
:host { all: initial; }
.tanys-card {
  --tanys-bg: #ffffff; --tanys-fg: #1d2430; --tanys-muted: #5d6676; --tanys-border: #d5dae3; --tanys-accent: #0b6e99;
  --tanys-person: #7a3db8; --tanys-office: #0b6e99; --tanys-body: #2f7d32;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: 420px; overflow: auto;
  background: var(--tanys-bg); color: var(--tanys-fg); border: 1px solid var(--tanys-border); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
@media (prefers-color-scheme: dark) {
  .tanys-card { --tanys-bg: #1f242c; --tanys-fg: #e8ebf0; --tanys-muted: #a3acba; --tanys-border: #3a414d; --tanys-accent: #6cc3ef;
    --tanys-person: #c79bf2; --tanys-office: #6cc3ef; --tanys-body: #8fd694; }
}
.tanys-card * { box-sizing: border-box; }
.tanys-card header { position: relative; padding-right: 20px; }
.tanys-card h2 { font-size: 15px; line-height: 1.3; margin: 4px 0 2px; font-weight: 650; color: var(--tanys-fg); }
.tanys-card h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--tanys-muted); margin: 10px 0 2px; font-weight: 600; }
.tanys-card p { margin: 6px 0; }
.tanys-card ul { margin: 0; padding: 0 0 0 16px; }
.tanys-card li { margin: 1px 0; }
.tanys-card a { color: var(--tanys-accent); text-decoration: underline; }
.tanys-badge { display: inline-block; font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em;
  padding: 1px 6px; border-radius: 9px; color: #fff; margin-right: 4px; }
.tanys-badge-person { background: var(--tanys-person); } .tanys-badge-office { background: var(--tanys-office); }
.tanys-badge-body { background: var(--tanys-body); } .tanys-badge-user { background: #8a6d00; }
.tanys-written { color: var(--tanys-muted); font-size: 12px; margin-top: 4px; }
.tanys-then { font-size: 12px; }
.tanys-alt { color: var(--tanys-muted); font-size: 12px; }
.tanys-explanation { font-size: 13px; }
.tanys-note { font-size: 12px; border-left: 3px solid var(--tanys-accent); padding-left: 6px; }
.tanys-muted { color: var(--tanys-muted); }
.tanys-close { position: absolute; top: -4px; right: -6px; border: 0; background: transparent; color: var(--tanys-muted);
  font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; }
.tanys-link { border: 0; background: none; padding: 0; font: inherit; color: var(--tanys-accent); cursor: pointer; text-align: left; text-decoration: underline; }
.tanys-card footer { margin-top: 10px; font-size: 11px; color: var(--tanys-muted); border-top: 1px solid var(--tanys-border); padding-top: 6px; }
.tanys-card footer a { margin-right: 6px; }
`;

/** Highlight styles for the page (CSS Custom Highlight API): subtle underlines and tints per kind. */
export const HIGHLIGHT_CSS = `
::highlight(tanys-person) { background-color: rgba(122, 61, 184, 0.13); text-decoration: underline dotted rgba(122, 61, 184, 0.8); }
::highlight(tanys-office) { background-color: rgba(11, 110, 153, 0.13); text-decoration: underline dotted rgba(11, 110, 153, 0.8); }
::highlight(tanys-body) { background-color: rgba(47, 125, 50, 0.13); text-decoration: underline dotted rgba(47, 125, 50, 0.8); }
::highlight(tanys-active) { background-color: rgba(255, 196, 0, 0.45); }
`;
