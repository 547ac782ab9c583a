import { routes } from '@passerelles/contracts';
import type { Route } from './+types/home';

export async function loader({ context }: Route.LoaderArgs) {
  return context.api(routes.getCampus);
}

export default function Home({ loaderData }: Route.ComponentProps) {
  return (
    <main>
      <h1>{loaderData.profile.name}</h1>
      <p>{loaderData.figures.members} membres</p>
    </main>
  );
}
