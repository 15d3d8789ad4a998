// An application's module that imports one element through the package's exports.
import 'policy-widgets/news';
