/** Validation issues grouped by sheet; each row selects its cell. */
import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../plan/issue';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    justifyContent: 'flex-start',
    width: '100%',
    textAlign: 'left',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  message: { flex: 1 },
});

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where an issue or a passage is, in the pane's language: a cell (`B7`) as it is, and the places the
 * importer names in a file (`第3行`, `第5段`, `表2`, `表2第4行`) in words; anything else as it is.
 */
export function placeLabel(t: Translate, at: string): string {
  let m = /^第(\d+)行$/.exec(at);
  if (m) return t('atLine', { n: Number(m[1]) });
  m = /^第(\d+)段$/.exec(at);
  if (m) return t('atParagraph', { n: Number(m[1]) });
  m = /^表(\d+)$/.exec(at);
  if (m) return t('atTable', { n: Number(m[1]) });
  m = /^表(\d+)第(\d+)行$/.exec(at);
  if (m) return t('atTableRow', { table: Number(m[1]), row: Number(m[2]) });
  return at;
}

export function groupBySheet(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) groups.set(i.sheet, [...(groups.get(i.sheet) ?? []), i]);
  return [...groups];
}

export function IssueList(props: { issues: readonly Issue[]; onSelect(issue: Issue): void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const english = i18n.language === 'en-US';
  if (props.issues.length === 0) return null;
  return (
    <section aria-label={t('issues')} data-testid="issues">
      {groupBySheet(props.issues).map(([sheet, issues]) => (
        <div key={sheet} className={styles.group} data-sheet={sheet}>
          <Subtitle2 as="h2">
            {t('issuesOf', { sheet: sheet || t('issuesNoSheet'), count: issues.length })}
          </Subtitle2>
          {issues.map((issue, k) => (
            <Button
              key={`${issue.cell}-${issue.rule}-${k}`}
              appearance="subtle"
              className={styles.row}
              title={t('goToCell', { sheet: issue.sheet, cell: placeLabel(t, issue.cell) })}
              data-cell={issue.cell}
              data-rule={issue.rule}
              onClick={() => props.onSelect(issue)}
            >
              <Badge
                appearance="filled"
                color={issue.severity === 'error' ? 'danger' : 'warning'}
                size="small"
              >
                {t(issue.severity)}
              </Badge>
              <Caption1 className={styles.cell}>{placeLabel(t, issue.cell)}</Caption1>
              <span className={styles.message} data-testid="issue-message">
                {english ? issue.messageEn : issue.message}
              </span>
            </Button>
          ))}
        </div>
      ))}
    </section>
  );
}
