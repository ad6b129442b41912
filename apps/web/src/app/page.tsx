import { redirect } from "next/navigation";
import { currentActor } from "@/server/auth";

export default async function Home() {
  redirect((await currentActor()) ? "/projects" : "/sign-in");
}
