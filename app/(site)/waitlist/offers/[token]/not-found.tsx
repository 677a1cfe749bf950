import { LinkNotValid } from "@/app/_components/link-not-valid";

export default function OfferLinkNotValid() {
  return <LinkNotValid />;
}
