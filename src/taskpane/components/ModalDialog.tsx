/**
 * A modal dialog on the browser's own <dialog> (showModal): the page behind is inert, Tab stays inside,
 * Esc and a click beside it close it, and focus goes back to where it was when it opened (HTML's dialog
 * focusing steps). Fluent's Dialog and Drawer are not used: their focus manager (Tabster) leaves
 * focusable aria-hidden elements in the page, which axe-core reports as aria-hidden-focus.
 * `side` shows it as a drawer along the window's end edge.
 */
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  dialog: {
    ...shorthands.border('none'),
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow64,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    maxWidth: 'min(600px, calc(100vw - 32px))',
    boxSizing: 'border-box',
    '::backdrop': { backgroundColor: tokens.colorBackgroundOverlay },
  },
  side: {
    margin: '0 0 0 auto',
    height: '100vh',
    maxHeight: '100vh',
    width: 'min(480px, 100vw)',
    maxWidth: '100vw',
    borderRadius: 0,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
  },
  head: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function ModalDialog(props: {
  open: boolean;
  title: ReactNode;
  /** Beside the title (a close button). */
  action?: ReactNode;
  side?: boolean;
  onClose(): void;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { open } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={mergeClasses(styles.dialog, props.side && styles.side)}
      data-testid={props['data-testid']}
      // Esc: the dialog closes itself and says so with `close`, as close() does.
      onClose={() => props.onClose()}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(e) => e.target === e.currentTarget && props.onClose()}
    >
      {open && (
        <>
          <div className={styles.head}>
            <h2 id={titleId} className={styles.title}>
              {props.title}
            </h2>
            {props.action}
          </div>
          {props.children}
        </>
      )}
    </dialog>
  );
}
