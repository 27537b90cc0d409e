import { Link } from "react-router";

export function NotFound({ message = "There is no page at this address." }: { message?: string }) {
  return (
    <article className="page" data-testid="not-found">
      <title>Not found · Insight graph</title>
      <h1>Not found</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to the topic map</Link>
      </p>
    </article>
  );
}
