/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The case study being rendered; set by its page so author components can read its data. */
    campaign?: import('~/data/catalogue.ts').Campaign;
    /** How many citations of that case study are rendered so far, so each note gets its own id. */
    cites?: number;
    /** True once the page holds the note that explains figure labels (see EvidenceLabel.astro). */
    labelHelp?: boolean;
    /** True once a copy button of the page carries the messages every copy button says (CopyButton.astro). */
    copyMessages?: boolean;
  }
}
