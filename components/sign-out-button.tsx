/** Sign-out is a plain form post (app/api/sign-out), so it works without JavaScript too. */
export function SignOutButton({ className }: { className: string }) {
  return (
    <form method="post" action="/api/sign-out">
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
