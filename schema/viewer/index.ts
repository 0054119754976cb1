// The viewer module: the signed-in user, their roles and what a portal may show them.
import './viewer.js';
