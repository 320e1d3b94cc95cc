/** The built-in presets that `extends` can name. They are code, not files, so they always match the rule list. */
import type { SeveritySetting } from '../engine/types.js';
import { allRules } from '../rules/index.js';

export const PRESET_NAMES = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Rule id -> severity for each preset. */
export function presetSeverities(name: PresetName): Record<string, SeveritySetting> {
  return Object.fromEntries(
    allRules.map((rule) => {
      const id = rule.meta.id;
      if (name === 'recommended') return [id, rule.meta.defaultSeverity];
      // strict: everything blocks, except jargon, which stays advice a reviewer can overrule.
      return [id, id === 'buzzword' ? 'warning' : 'error'];
    }),
  );
}
