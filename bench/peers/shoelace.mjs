// Peer "Shoelace": the component modules of its button, radio group and alert (each registers its
// element and brings its own dependencies, as a page that uses only these three loads them).
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
