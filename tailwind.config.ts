import type { Config } from 'tailwindcss';

// Read by Tailwind v4 through `@config` in src/client/index.css. Colours are named by meaning (status,
// urgency, surface) so components never pick raw hues.
export default {
  content: ['./index.html', './src/client/**/*.{ts,tsx}'],
  theme: {
    extend: {
      // Below `tablet` the desk is one column at a time (a phone); from it, two (queue | item); from `xl`, three.
      screens: { tablet: '56.25rem' },
      fontFamily: {
        sans: ['"IBM Plex Sans Arabic"', 'system-ui', 'sans-serif'],
      },
      colors: {
        ink: { DEFAULT: '#1c2430', soft: '#4a5566', faint: '#5d6878' },
        surface: { DEFAULT: '#ffffff', sunken: '#f4f6f8', raised: '#fbfcfd', line: '#dde2e8' },
        brand: { DEFAULT: '#0f5f73', strong: '#0a4554', soft: '#e3f1f4' },
        focus: '#1d63d8',
      },
    },
  },
} satisfies Config;
