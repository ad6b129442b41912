/** An empty route: the floor that benchmarks compare the API against. Touches nothing. */
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(null, { status: 204 });
}
