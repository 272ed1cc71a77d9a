type Props = {
  intent: string;
  fields: Record<string, string>;
  label: string;
  /** Said to screen readers after the label, e.g. whose row this button acts on. */
  context: string;
  className: string;
};

/** A one-button POST form (no JavaScript needed) telling the route's action what to do. */
export function IntentButton({ intent, fields, label, context, className }: Props) {
  return (
    <form method="post" className="koers-inline-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className}>
        {label}
        <span className="koers-visually-hidden"> {context}</span>
      </button>
    </form>
  );
}
