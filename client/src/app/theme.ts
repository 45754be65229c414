import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const inter = "'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

// One accent (indigo), dark enough that white text on it passes WCAG AA (5.7:1 at shade 8).
// It is kept clear of the approach colours, which carry meaning in charts and badges.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  fontFamily: inter,
  headings: { fontFamily: inter, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});

// Mantine's default "dimmed" grey is 3.3:1 on white; secondary text still has to be readable.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c6670' },
  dark: {},
});
