// A labelled input or textarea with its error message wired for assistive technology.
type Props = {
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  required?: boolean;
};

export function Field({ name, label, defaultValue, error, hint, multiline, rows = 8, maxLength, required = true }: Props) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className:
      "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 focus:ring-emerald-600 dark:bg-zinc-900 " +
      (error ? "border-red-600 dark:border-red-500" : "border-zinc-300 dark:border-zinc-700"),
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
