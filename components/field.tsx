// A labelled input, textarea or select with its error message wired for assistive technology.
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
  type?: "text" | "number";
  min?: number;
  max?: number;
  options?: readonly { slug: string; label: string }[];
  /** Sets the ids apart when two forms on one page have a field of the same name. */
  form?: string;
};

const control =
  "mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 focus:ring-emerald-600 dark:bg-zinc-900 ";

export function Field({
  name,
  label,
  defaultValue,
  error,
  hint,
  multiline,
  rows = 8,
  maxLength,
  required = true,
  type = "text",
  min,
  max,
  options,
  form,
}: Props) {
  const id = form ? `${form}-${name}` : `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: control + (error ? "border-red-600 dark:border-red-500" : "border-zinc-300 dark:border-zinc-700"),
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {!required && <span className="font-normal text-zinc-500 dark:text-zinc-400"> (optional)</span>}
      </label>
      {options ? (
        <select {...common}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea rows={rows} maxLength={maxLength} {...common} />
      ) : (
        <input
          type={type}
          inputMode={type === "number" ? "numeric" : undefined}
          min={min}
          max={max}
          maxLength={maxLength}
          {...common}
        />
      )}
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
