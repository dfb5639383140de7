/**
 * The branch's validation settings (src/validate/settings.ts): how many theme-day months and meetings
 * to expect, the yearly study hours, the two seasonal checks, and which rules run. Local practice is a
 * setting, not a hard check (DOMAIN.md). A chunk of its own: loaded when the user opens it.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleMeta } from '../../validate/rule';
import type { NumberSetting, ValidationSettings } from '../../validate/settings';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  rules: { display: 'flex', flexDirection: 'column' },
});

/** A number as typed: the value when it is one the settings accept, else null. */
function parseSetting(text: string, spec: NumberSetting): number | null {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return null;
  const n = Number(text);
  if (spec.integer && !Number.isInteger(n)) return null;
  return n >= spec.min && n <= spec.max ? n : null;
}

export function ValidationSettingsPanel(props: {
  value: ValidationSettings;
  defaults: ValidationSettings;
  /** The number settings with the values each accepts (NUMBER_SETTINGS, from the core). */
  numbers: readonly NumberSetting[];
  rules: readonly RuleMeta[];
  where: 'workbook' | 'browser';
  disabled: boolean;
  onChange(value: ValidationSettings): void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const styles = useStyles();
  const v = props.value;
  // What is typed, kept as text while it is not a value the settings accept.
  const [typed, setTyped] = useState<Partial<Record<NumberSetting['key'], string>>>({});
  const set = (patch: Partial<ValidationSettings>) => props.onChange({ ...v, ...patch });

  return (
    <section className={styles.panel} aria-label={t('settings')} data-testid="settings">
      <Caption1>{t(props.where === 'workbook' ? 'settingsWorkbook' : 'settingsBrowser')}</Caption1>
      {props.numbers.map((spec) => {
        const text = typed[spec.key] ?? String(v[spec.key]);
        const ok = parseSetting(text, spec) !== null;
        return (
          <Field
            key={spec.key}
            label={t(spec.key)}
            hint={spec.min === 0 ? t('zeroTurnsOff') : undefined}
            validationMessage={
              ok
                ? undefined
                : t('numberInvalid', {
                    min: spec.min,
                    max: spec.max,
                    kind: t(spec.integer ? 'integer' : 'number'),
                  })
            }
          >
            <Input
              type="number"
              value={text}
              min={spec.min}
              max={spec.max}
              disabled={props.disabled}
              onChange={(_, d) => {
                setTyped((s) => ({ ...s, [spec.key]: d.value }));
                const n = parseSetting(d.value, spec);
                if (n !== null) set({ [spec.key]: n });
              }}
            />
          </Field>
        );
      })}
      <Switch
        label={t('reviewsInFourthQuarter')}
        checked={v.reviewsInFourthQuarter}
        disabled={props.disabled}
        onChange={(_, d) => set({ reviewsInFourthQuarter: d.checked })}
      />
      <Switch
        label={t('julyFirstActivity')}
        checked={v.julyFirstActivity}
        disabled={props.disabled}
        onChange={(_, d) => set({ julyFirstActivity: d.checked })}
      />
      <Field label={t('rulesChecked')}>
        <div className={styles.rules}>
          {props.rules.map((rule) => (
            <Checkbox
              key={rule.id}
              label={t('ruleLabel', { docs: english ? rule.docsEn : rule.docs, id: rule.id })}
              checked={!v.off.includes(rule.id)}
              disabled={props.disabled}
              onChange={(_, d) =>
                set({
                  off: d.checked ? v.off.filter((id) => id !== rule.id) : [...v.off, rule.id],
                })
              }
            />
          ))}
        </div>
      </Field>
      <div>
        <Button
          disabled={props.disabled}
          onClick={() => {
            setTyped({});
            props.onChange(props.defaults);
          }}
        >
          {t('settingsReset')}
        </Button>
      </div>
    </section>
  );
}
