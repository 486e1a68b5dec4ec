import { Designer } from "../components/shell/designer";

/** The designer is the home page: the lab's students land on their network. */
export default function HomePage() {
  return <Designer />;
}
