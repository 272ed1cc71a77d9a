// Placeholder while the resource route is being built in this session; replaced before it lands.
export async function loader() {
  return new Response("Not Found", { status: 404 });
}
