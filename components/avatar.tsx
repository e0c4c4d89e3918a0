// A member's picture, or their initial when GitHub gave none. Plain <img>: avatars come from any
// GitHub host (including Enterprise servers), which next/image would need listing one by one.
export function Avatar({ login, image, size = 32 }: { login: string; image: string | null; size?: number }) {
  const style = { width: size, height: size };
  if (image) {
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={image} alt="" width={size} height={size} style={style} className="rounded-full bg-zinc-200" />;
  }
  return (
    <span aria-hidden="true" style={style} className="avatar-initial">
      {login
        .replace(/^sample-/, "")
        .charAt(0)
        .toUpperCase()}
    </span>
  );
}
