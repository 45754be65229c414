import { linkApiPath, stopEmailsApiPath } from './q-api';

const token = 'AbC_d-0123456789xyzXYZ0123456789abcdefghijk';

describe('the page path → the API path', () => {
  it('reads a questionnaire link and an email stop link apart', () => {
    expect(linkApiPath(`/q/${token}`)).toBe(`/api/q/${token}`);
    expect(linkApiPath(`/q/${token}/stop-emails`)).toBeNull();
    expect(stopEmailsApiPath(`/q/${token}/stop-emails`)).toBe(`/api/q/${token}/stop-emails`);
    expect(stopEmailsApiPath(`/q/${token}`)).toBeNull();
    expect(stopEmailsApiPath('/q/short/stop-emails')).toBeNull();
    expect(stopEmailsApiPath(`/q/${token}/stop-emails/extra`)).toBeNull();
  });
});
