// Cache keys for a client's questionnaire links.
export const invitationKeys = {
  all: ['invitations'] as const,
  list: (clientId: string) => [...invitationKeys.all, 'list', clientId] as const,
};
