/**
 * What the questionnaire links need from the configuration: the public address links are built on,
 * and the secret the verified-link cookie is signed with. Provided once by AppModule.with.
 */
export class LinkSettings {
  constructor(
    readonly publicUrl: string,
    readonly secret: string,
  ) {}
}
