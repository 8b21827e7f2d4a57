/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The case study being rendered; set by its page so author components can read its data. */
    campaign?: import('~/data/catalogue.ts').Campaign;
  }
}
