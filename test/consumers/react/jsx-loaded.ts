// Loads the JSX declarations into a React 18 program: they must type-check there too.
import type {} from 'clog-widgets/jsx';
