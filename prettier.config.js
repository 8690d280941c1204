// Prettier: the Office add-in projects' settings (100 columns, trailing commas where ES5 allows).
module.exports = require("office-addin-prettier-config");
